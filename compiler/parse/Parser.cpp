// placeholder: replaced by the parse/Parser implementation
