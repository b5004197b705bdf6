package io.claimdesk.review;

/** Where a claim sits in the queue it was opened from: links to the queue and its neighbours (j / k). */
public record QueueNav(String label, String queueUrl, String previousUrl, String nextUrl) {
}
