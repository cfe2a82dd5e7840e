package dev.ordo.riskassessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.riskassessment.AssetListItem;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.MemberRef;

/** The asset list page's rows as the template shows them. */
class AssetListPageTest {

	@Test
	void rowsCarryTheirLinkTextsAndProtectionNeedClasses() {
		UUID id = UUID.randomUUID();
		AssetListItem owned = new AssetListItem(id, "Payroll system", AssetType.SOFTWARE,
				new MemberRef(UUID.randomUUID(), "Pat Owner"), "confidential", 4, 2, 3, 1, true, false, false, false, 4,
				Instant.now());
		AssetListItem unowned = new AssetListItem(UUID.randomUUID(), "Archive", AssetType.INFORMATION, null, "internal",
				1, 1, 1, 1, false, false, false, false, 1, Instant.now());

		List<AssetListPage.Row> rows = AssetListPage.of(List.of(owned, unowned), "").rows();

		assertThat(rows.get(0).href()).isEqualTo("/assets/" + id);
		assertThat(rows.get(0).type()).isEqualTo("Software");
		assertThat(rows.get(0).owner()).isEqualTo("Pat Owner");
		assertThat(rows.get(0).confidentiality()).isEqualTo(new AssetListPage.Need("need need-4 inherited", "4"));
		assertThat(rows.get(0).integrity()).isEqualTo(new AssetListPage.Need("need need-2", "2"));
		assertThat(rows.get(1).owner()).isEqualTo("—");
		assertThat(rows.get(1).type()).isEqualTo("Information");
	}
}
