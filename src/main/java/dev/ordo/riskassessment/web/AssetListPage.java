package dev.ordo.riskassessment.web;

import java.util.ArrayList;
import java.util.List;

import dev.ordo.riskassessment.AssetListItem;

/**
 * The asset inventory page's rows (ISO/IEC 27001 A.5.9, inventory of information and other associated assets) with
 * texts, links and the protection-need classes written out, as {@link RegisterPage} does for the risk register: the
 * template reads properties instead of computing conditionals and concatenations for every cell. Public, with public
 * accessors, so that Spring's expression compiler calls them directly.
 *
 * @param rows the page's assets, in the list's order
 */
public record AssetListPage(List<Row> rows) {

	/** An asset as its row shows it. */
	public record Row(String href, String name, String type, String owner, String classification, Need confidentiality,
			Need integrity, Need availability, Need authenticity) {
	}

	/** A protection need: its classes ({@code need need-<value>}, plus {@code inherited} when inherited) and value. */
	public record Need(String css, String text) {

		static Need of(int value, boolean inherited) {
			return new Need("need need-" + value + (inherited ? " inherited" : ""), Integer.toString(value));
		}
	}

	/** {@code base} is the application's context path, the links' prefix. */
	static AssetListPage of(List<AssetListItem> assets, String base) {
		List<Row> rows = new ArrayList<>(assets.size());
		for (AssetListItem a : assets) {
			rows.add(new Row(base + "/assets/" + a.id(), a.name(), a.type().label(),
					a.owner() != null ? a.owner().displayName() : "—", a.classification(),
					Need.of(a.confidentiality(), a.confidentialityInherited()),
					Need.of(a.integrity(), a.integrityInherited()), Need.of(a.availability(), a.availabilityInherited()),
					Need.of(a.authenticity(), a.authenticityInherited())));
		}
		return new AssetListPage(rows);
	}
}
