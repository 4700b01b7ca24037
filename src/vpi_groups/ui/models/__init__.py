"""Qt item models of the pages: tables over pre-formatted rows, sorted inside the model."""
