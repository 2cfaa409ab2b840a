package org.sala.post;

public record CategoryLink(String name, String slug) {

    /** Where the category's archive lives: {@code category/updates} (no leading slash, like {@link PostAddress#path()}). */
    public String path() {
        return "category/" + slug;
    }
}
