package org.sala.post;

/** No post has this id (any more). */
public class PostNotFoundException extends RuntimeException {

    public PostNotFoundException(long id) {
        super("No post " + id);
    }
}
