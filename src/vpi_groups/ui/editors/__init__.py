"""Record editors, one module per page that opens them."""
