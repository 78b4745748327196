"""The networks' pages, by topic: networks, management, invitations and discussions."""
