"""Tests of the shipped content itself (flows/ and their scenarios at the top of the repository):
rules a reviewer of the municipal tools and the training would check, that no linter knows."""
