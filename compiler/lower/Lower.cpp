// placeholder: replaced by the lower/Lower implementation
