package org.sala.post.domain;

/** How many posts were published in a month ({@code yearMonth} is year * 100 + month). */
public interface MonthCount {

    int getYearMonth();

    long getPosts();
}
