"""The article discussion bot: knowledge, opinion store, review tools and servers."""
