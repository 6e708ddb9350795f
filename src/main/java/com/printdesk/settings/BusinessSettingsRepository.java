package com.printdesk.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessSettingsRepository extends JpaRepository<BusinessSettings, Integer> {
}
