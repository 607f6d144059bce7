// placeholder: replaced by the lex/Lexer implementation
