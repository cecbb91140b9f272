print("Hello World!")

def printChai(name):
    print(name)

printChai("lemon tea")
