package com.printdesk.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductTemplates extends JpaRepository<ProductTemplate, Long> {

    List<ProductTemplate> findAllByOrderByNameAsc();

    List<ProductTemplate> findByActiveTrueOrderByNameAsc();
}
