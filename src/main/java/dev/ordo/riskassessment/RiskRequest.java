package dev.ordo.riskassessment;

import java.util.UUID;

/**
 * Identifies or changes a risk. Asset-based risks name an asset, a threat and a vulnerability from the library;
 * event-based risks describe a scenario.
 */
public record RiskRequest(String title, RiskKind kind, String description, UUID assetId, String threatKey,
		String vulnerabilityKey, String scenario, String consequenceCategory, UUID ownerId) {
}
