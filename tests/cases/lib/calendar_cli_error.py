# calendar's command line: a bad --type choice is a usage error (exit status 2).
import calendar
calendar.main(['calendar', '-t', 'pdf', '2024'])
