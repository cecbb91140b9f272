from main import printChai

printChai("ginger tea")
