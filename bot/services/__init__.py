"""Services: the state changes of tickets and their outbox rows, one transaction each."""
