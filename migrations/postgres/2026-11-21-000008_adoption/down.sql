DROP TABLE adoption_requests;
