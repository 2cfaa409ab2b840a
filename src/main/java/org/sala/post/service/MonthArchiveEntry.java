package org.sala.post.service;

import java.time.YearMonth;

public record MonthArchiveEntry(YearMonth month, long posts) {}
