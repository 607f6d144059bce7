// placeholder: replaced by the driver/main implementation
