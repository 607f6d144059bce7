// placeholder: replaced by the sema/Check implementation
