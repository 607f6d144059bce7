// placeholder: replaced by the ast/ASTPrinter implementation
