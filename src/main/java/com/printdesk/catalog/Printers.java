package com.printdesk.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Printers extends JpaRepository<Printer, Long> {

    List<Printer> findAllByOrderByNameAsc();

    List<Printer> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
