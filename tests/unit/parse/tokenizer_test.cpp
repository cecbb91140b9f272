// Tokenizer tests: token streams for tricky inputs, compared with CPython 3.12's tokenizer (no COMMENT/NL).
#include "parse/tokenizer.h"

#include <gtest/gtest.h>

#include <string>

using namespace ginger::parse;

namespace {

// Renders the token stream as "KIND 'text' line,col-line,col" lines; an error ends the stream.
std::string tokens_of(std::string_view source)
{
    Tokenizer tokenizer(source);
    std::string out;
    while (true) {
        Token token = tokenizer.next();
        if (token.kind == TokenKind::ERRORTOKEN && tokenizer.has_error()) {
            auto const& error = tokenizer.error();
            out += error.type + ": " + error.msg + " " + std::to_string(error.lineno) + "," + std::to_string(error.col_offset) + "\n";
            break;
        }
        out += token_kind_name(token.kind);
        if (token.kind != TokenKind::NEWLINE && token.kind != TokenKind::INDENT && token.kind != TokenKind::DEDENT && token.kind != TokenKind::ENDMARKER)
            out += " '" + std::string(token.text) + "'";
        out += " " + std::to_string(token.lineno) + "," + std::to_string(token.col_offset) + "-" + std::to_string(token.end_lineno) + "," + std::to_string(token.end_col_offset) + "\n";
        if (token.kind == TokenKind::ENDMARKER)
            break;
    }
    return out;
}

// Only the kinds and texts, for tests where positions are not the point.
std::string texts_of(std::string_view source)
{
    Tokenizer tokenizer(source);
    std::string out;
    while (true) {
        Token token = tokenizer.next();
        if (token.kind == TokenKind::ERRORTOKEN && tokenizer.has_error())
            return out + "error: " + tokenizer.error().msg;
        if (token.kind == TokenKind::ENDMARKER)
            return out + "ENDMARKER";
        if (token.kind == TokenKind::NEWLINE || token.kind == TokenKind::INDENT || token.kind == TokenKind::DEDENT)
            out += std::string(token_kind_name(token.kind)) + " ";
        else
            out += std::string(token.text) + " ";
    }
}

}

TEST(Tokenizer, IndentAndDedent)
{
    EXPECT_EQ(tokens_of("if x:\n    y\n\n  # comment\n    z\nw\n"),
        "NAME 'if' 1,0-1,2\n"
        "NAME 'x' 1,3-1,4\n"
        "OP ':' 1,4-1,5\n"
        "NEWLINE 1,5-1,6\n"
        "INDENT 2,0-2,4\n"
        "NAME 'y' 2,4-2,5\n"
        "NEWLINE 2,5-2,6\n"
        "NAME 'z' 5,4-5,5\n"
        "NEWLINE 5,5-5,6\n"
        "DEDENT 6,0-6,0\n"
        "NAME 'w' 6,0-6,1\n"
        "NEWLINE 6,1-6,2\n"
        "ENDMARKER 7,0-7,0\n");
}

TEST(Tokenizer, DedentsAtEndOfInput)
{
    EXPECT_EQ(texts_of("if a:\n  if b:\n    c"), "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT ENDMARKER");
}

TEST(Tokenizer, IndentationErrors)
{
    EXPECT_EQ(tokens_of("if x:\n    a\n  b\n"), "NAME 'if' 1,0-1,2\nNAME 'x' 1,3-1,4\nOP ':' 1,4-1,5\nNEWLINE 1,5-1,6\nINDENT 2,0-2,4\n"
                                                 "NAME 'a' 2,4-2,5\nNEWLINE 2,5-2,6\n"
                                                 "IndentationError: unindent does not match any outer indentation level 3,3\n");
    EXPECT_EQ(texts_of("if x:\n        a\n\tb\n"), "if x : NEWLINE INDENT a NEWLINE error: inconsistent use of tabs and spaces in indentation");
    // A tab counts to the next multiple of 8, so this is consistent.
    EXPECT_EQ(texts_of("if x:\n\ta\n\tb\n"), "if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT ENDMARKER");
}

TEST(Tokenizer, ContinuationLinesAndBrackets)
{
    EXPECT_EQ(texts_of("x = 1 + \\\n    2\n"), "x = 1 + 2 NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("x = (1,\n\n  2)  # c\ny"), "x = ( 1 , 2 ) NEWLINE y NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("x = \\ 1"), "x = error: unexpected character after line continuation character");
    EXPECT_EQ(texts_of("(1,\n2"), "( 1 , 2 error: '(' was never closed");
    EXPECT_EQ(texts_of("foo(]"), "foo ( error: closing parenthesis ']' does not match opening parenthesis '('");
    EXPECT_EQ(texts_of("foo(\n]"), "foo ( error: closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    EXPECT_EQ(texts_of(")"), "error: unmatched ')'");
    std::string opened;
    for (int i = 0; i < 200; ++i)
        opened += "( ";
    EXPECT_EQ(texts_of(std::string(201, '(')), opened + "error: too many nested parentheses");
}

TEST(Tokenizer, Numbers)
{
    EXPECT_EQ(texts_of("0 1_000 0x_1F 0o17 0b1_0 1.5 .5 5. 1e10 1E-5 1_0.0_1e+1_0 2j 1.5J 0_0 00 0.0"),
        "0 1_000 0x_1F 0o17 0b1_0 1.5 .5 5. 1e10 1E-5 1_0.0_1e+1_0 2j 1.5J 0_0 00 0.0 NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("1if x else 2"), "1 if x else 2 NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("1 .real"), "1 . real NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("1abc"), "error: invalid decimal literal");
    EXPECT_EQ(texts_of("1__0"), "error: invalid decimal literal");
    EXPECT_EQ(texts_of("1_"), "error: invalid decimal literal");
    EXPECT_EQ(texts_of("0777"), "error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    EXPECT_EQ(texts_of("0o8"), "error: invalid digit '8' in octal literal");
    EXPECT_EQ(texts_of("0b2"), "error: invalid digit '2' in binary literal");
    EXPECT_EQ(texts_of("0x"), "error: invalid hexadecimal literal");
    EXPECT_EQ(texts_of("0x1g"), "error: invalid hexadecimal literal");
}

TEST(Tokenizer, Strings)
{
    EXPECT_EQ(texts_of("'a' \"b\" r'\\'' b'x' Rb'y' bR'z' u'w' '''t\n'''"),
        "'a' \"b\" r'\\'' b'x' Rb'y' bR'z' u'w' '''t\n''' NEWLINE ENDMARKER");
    EXPECT_EQ(tokens_of("x = '''a\nb'''\n"), "NAME 'x' 1,0-1,1\nOP '=' 1,2-1,3\nSTRING ''''a\nb'''' 1,4-2,4\nNEWLINE 2,4-2,5\nENDMARKER 3,0-3,0\n");
    // "ur" is not a prefix, so this is a NAME followed by a STRING (and a syntax error for the parser).
    EXPECT_EQ(texts_of("ur'x'"), "ur 'x' NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("x = 'abc"), "x = error: unterminated string literal (detected at line 1)");
    EXPECT_EQ(texts_of("x = '''abc\n\n"), "x = error: unterminated triple-quoted string literal (detected at line 2)");
    EXPECT_EQ(texts_of("'a\\\nb'"), "'a\\\nb' NEWLINE ENDMARKER");
}

TEST(Tokenizer, FStrings)
{
    EXPECT_EQ(tokens_of("f'a{b!r:>{w}}c{{'"),
        "FSTRING_START 'f'' 1,0-1,2\n"
        "FSTRING_MIDDLE 'a' 1,2-1,3\n"
        "OP '{' 1,3-1,4\n"
        "NAME 'b' 1,4-1,5\n"
        "OP '!' 1,5-1,6\n"
        "NAME 'r' 1,6-1,7\n"
        "OP ':' 1,7-1,8\n"
        "FSTRING_MIDDLE '>' 1,8-1,9\n"
        "OP '{' 1,9-1,10\n"
        "NAME 'w' 1,10-1,11\n"
        "OP '}' 1,11-1,12\n"
        "OP '}' 1,12-1,13\n"
        "FSTRING_MIDDLE 'c{{' 1,13-1,16\n"
        "FSTRING_END ''' 1,16-1,17\n"
        "NEWLINE 1,17-1,18\n"
        "ENDMARKER 2,0-2,0\n");
    // PEP 701: the same quotes may be reused inside replacement fields, and fields nest.
    EXPECT_EQ(texts_of("f\"{f\"{x}\"}\""), "f\" { f\" { x } \" } \" NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("f'{x=}'"), "f' { x = } ' NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("f'{x:=5}'"), "f' { x : =5 } ' NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("f'{a[1:2]!s}'"), "f' { a [ 1 : 2 ] ! s } ' NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("rf'\\{x}'"), "rf' \\ { x } ' NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("f'''a\n{x}\n'''"), "f''' a\n { x } \n ''' NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("f'}'"), "f' error: f-string: single '}' is not allowed");
    EXPECT_EQ(texts_of("f'abc"), "f' error: unterminated f-string literal (detected at line 1)");
    EXPECT_EQ(texts_of("f'{x'"), "f' { x error: f-string: expecting '}'");
    EXPECT_EQ(texts_of("f'{x)}'"), "f' { x error: f-string: unmatched ')'");
}

TEST(Tokenizer, Operators)
{
    EXPECT_EQ(texts_of("a**=b//=c>>=d<<=e->f:=g!=h...i@=j"),
        "a **= b //= c >>= d <<= e -> f := g != h ... i @= j NEWLINE ENDMARKER");
}

TEST(Tokenizer, UnicodeAndEncodings)
{
    EXPECT_EQ(tokens_of("é = 1\n"), "NAME 'é' 1,0-1,2\nOP '=' 1,3-1,4\nNUMBER '1' 1,5-1,6\nNEWLINE 1,6-1,7\nENDMARKER 2,0-2,0\n");
    EXPECT_EQ(texts_of("\xEF\xBB\xBFx"), "x NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("# coding: latin-1\nx = '\xE9'"), "x = '\xC3\xA9' NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("a = €"), "a = error: invalid character '€' (U+20AC)");
    // NFKC: fullwidth letters are their ASCII counterparts.
    EXPECT_EQ(texts_of("ｘ"), "x NEWLINE ENDMARKER");
    EXPECT_EQ(texts_of("\xF0\x9D\x91\xA5\xF0\x9D\x9F\x97"), "x9 NEWLINE ENDMARKER"); // MATHEMATICAL ITALIC SMALL X, BOLD DIGIT NINE
    EXPECT_EQ(texts_of("\xEF\xBC\x91"), "error: invalid character '\xEF\xBC\x91' (U+FF11)"); // A fullwidth digit cannot start a name.
    EXPECT_EQ(texts_of("x\r\ny\r"), "x NEWLINE y NEWLINE ENDMARKER");
}
