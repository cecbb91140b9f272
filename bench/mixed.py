# A mixed workload: a small tokenizer and evaluator for arithmetic expressions, with classes, dicts, strings,
# recursion, generators and exceptions.
class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(source):
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(source) and source[j].isdigit():
                j += 1
            yield Token("num", source[i:j])
            i = j
        elif ch.isalpha():
            j = i
            while j < len(source) and source[j].isalnum():
                j += 1
            yield Token("name", source[i:j])
            i = j
        else:
            yield Token("op", ch)
            i += 1


class Parser:
    def __init__(self, tokens, env):
        self.tokens = list(tokens)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos].text if self.pos < len(self.tokens) else None

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take().text == "+" else value - self.term()
        return value

    def term(self):
        value = self.atom()
        while self.peek() in ("*", "%"):
            op = self.take().text
            rhs = self.atom()
            value = value * rhs if op == "*" else value % rhs
        return value

    def atom(self):
        token = self.take()
        if token.kind == "num":
            return int(token.text)
        if token.kind == "name":
            return self.env[token.text]
        value = self.expr()
        self.take()
        return value


env = {"a": 3, "b": 7, "c": 11}
formulas = ["(a + b) * c % 97", "a * a * a - b * (c + 2)", "((1 + 2) * (3 + 4)) % (b + 0)", "x + 1", "a % 0"]
results = {}
errors = 0
for round_number in range(50000):
    env["a"] = round_number % 50
    for formula in formulas:
        try:
            value = Parser(tokenize(formula), env).expr()
        except (KeyError, ZeroDivisionError):
            errors += 1
            continue
        results[formula] = results.get(formula, 0) + value
print(errors)
for formula in sorted(results):
    print(f"{formula:<32} {results[formula]}")
