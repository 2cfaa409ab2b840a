package org.sala.comment;

import java.util.List;

/** What adding lines to a list did: how many were new, how many were there already, which were not valid. */
public record AddedRuleEntries(int added, int alreadyListed, List<String> invalid) {}
