package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorCategory;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which qualification documents a vendor must have on file, valid on the day, to be admitted: a business license
 * for every vendor, and per category what its trade needs (an HR service permit, 人力资源服务许可证, for HR
 * services). Its version is recorded in every admission it was applied to.
 */
final class DocumentPolicy {

    static final String VERSION = "2026-standard";
    private static final Map<VendorCategory, Set<QualificationType>> BY_CATEGORY =
            Map.of(VendorCategory.HR, Set.of(QualificationType.HR_SERVICE_PERMIT));

    private DocumentPolicy() {
    }

    static Set<QualificationType> requiredFor(Set<VendorCategory> categories) {
        Set<QualificationType> required = EnumSet.of(QualificationType.BUSINESS_LICENSE);
        if (categories != null) {
            categories.forEach(category -> required.addAll(BY_CATEGORY.getOrDefault(category, Set.of())));
        }
        return required;
    }
}
