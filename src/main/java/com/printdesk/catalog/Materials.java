package com.printdesk.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Materials extends JpaRepository<Material, Long> {

    List<Material> findAllByOrderByNameAscColourAsc();

    List<Material> findByActiveTrueOrderByNameAscColourAsc();
}
