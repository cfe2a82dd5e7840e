package dev.ordo.riskassessment;

import java.util.List;

/** A threat or vulnerability of Ordo's starter library. */
public record LibraryEntry(String key, String name, String category, String description, List<AssetType> assetTypes) {
}
