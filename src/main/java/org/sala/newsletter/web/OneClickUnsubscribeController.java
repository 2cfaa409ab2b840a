package org.sala.newsletter.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.sala.newsletter.SubscriptionService;
import org.sala.newsletter.service.LinkResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address in every mailing-list mail's List-Unsubscribe header. Mail programs that offer
 * "unsubscribe" POST to it (RFC 8058 one-click, no cookies, no page); a person who opens it in a
 * browser gets the unsubscribe page, which asks first.
 */
@RestController
public class OneClickUnsubscribeController {

    public static final String PATH = "/newsletter/unsubscribe/one-click";
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final SubscriptionService subscriptions;

    OneClickUnsubscribeController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping(PATH)
    ResponseEntity<String> unsubscribe(@RequestParam(name = "token", required = false) String token) {
        LinkResult result = subscriptions.unsubscribe(token);
        if (result == LinkResult.INVALID) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(TEXT)
                    .body("This unsubscribe link does not work.\n");
        }
        return ResponseEntity.ok().contentType(TEXT).body("Unsubscribed.\n");
    }

    @GetMapping(PATH)
    ResponseEntity<Void> page(@RequestParam(name = "token", required = false) String token) {
        String query = token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/newsletter/unsubscribe" + query))
                .build();
    }
}
