package org.sala.comment;

import java.util.List;
import org.sala.comment.domain.CommentRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newest approved comments, newest first: on the whole site or on one post. */
@Service
@Transactional(readOnly = true)
public class RecentCommentsService {

    private final CommentRepository comments;

    RecentCommentsService(CommentRepository comments) {
        this.comments = comments;
    }

    /** Only comments on published posts: a post taken back takes its comments with it. */
    public List<ApprovedComment> newest(int limit) {
        return comments.findNewestApprovedOnPublishedPosts(limit).stream()
                .map(RecentCommentsService::approved)
                .toList();
    }

    public List<ApprovedComment> newestOn(long postId, int limit) {
        return comments.findNewestApproved(postId, Limit.of(limit)).stream()
                .map(RecentCommentsService::approved)
                .toList();
    }

    private static ApprovedComment approved(Comment comment) {
        return new ApprovedComment(comment.getId(), comment.getPostId(), comment.getAuthorName(),
                comment.getStaffAccountId() != null, comment.getBodyHtml(), comment.getCreatedAt());
    }
}
