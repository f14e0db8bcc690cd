"""The vocabulary shared by articles and questions: metric and loss words, claimants and their
aliases, and the calendar (months, weekdays, number words, holidays), each a checked table."""
