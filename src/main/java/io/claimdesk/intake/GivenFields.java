package io.claimdesk.intake;

/** The metadata a person typed with an upload, unchecked: {@link Intake} parses each and names the field it refuses. */
public record GivenFields(String title, String outlet, String author, String published, String url, String outletStance,
                          String language) {

    public static GivenFields none() {
        return new GivenFields(null, null, null, null, null, null, null);
    }
}
