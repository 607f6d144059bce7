// placeholder: replaced by the link/Link implementation
