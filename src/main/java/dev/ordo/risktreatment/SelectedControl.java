package dev.ordo.risktreatment;

/** A control selected for a risk's treatment, with the label and title its catalog gives it. */
public record SelectedControl(String catalogId, String controlId, String label, String title) {
}
