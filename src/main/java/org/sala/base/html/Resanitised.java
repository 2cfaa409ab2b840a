package org.sala.base.html;

/** What the re-sanitiser did to one kind of stored HTML, in how many batches. */
public record Resanitised(String kind, int currentVersion, int rows, int changed, int batches) {

    @Override
    public String toString() {
        return kind + " " + rows + " (" + changed + " changed, now v" + currentVersion + ")";
    }
}
