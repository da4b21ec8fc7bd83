DROP TABLE event_imports;
