package com.printdesk.catalog;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Printers extends JpaRepository<Printer, Long> {

    List<Printer> findAllByOrderByNameAsc();

    List<Printer> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    /** Only one printer prices the shop: choosing another takes the mark off the previous one. */
    @Modifying
    // the version moves too, so an admin editing that printer from an older form is told to reload
    @Query("UPDATE Printer p SET p.shopDefault = false, p.version = p.version + 1 "
            + "WHERE p.shopDefault = true AND p.id <> :keep")
    int clearShopDefaultExcept(@Param("keep") Long keep);
}
