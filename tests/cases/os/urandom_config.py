# sysconfig: os.urandom's source (getrandom, no file descriptor) shows in the HAVE_GETRANDOM* variables.
import sysconfig
print([sysconfig.get_config_var(k) for k in ('HAVE_GETENTROPY', 'HAVE_GETRANDOM', 'HAVE_GETRANDOM_SYSCALL')])
