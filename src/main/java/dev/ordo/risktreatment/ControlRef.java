package dev.ordo.risktreatment;

/** A control to select: the catalog by id or key ({@code iso27001-2022}) and the control's id in it ({@code A.8.7}). */
public record ControlRef(String catalog, String controlId) {
}
