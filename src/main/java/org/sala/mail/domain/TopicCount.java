package org.sala.mail.domain;

/** How many mails of a topic are in a status. */
public record TopicCount(String topic, MailStatus status, long count) {}
