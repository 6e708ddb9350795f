package com.printdesk.dashboard;

import com.printdesk.payments.PaymentFigures.Received;

/** Money received this month and last month, in the business time zone (see {@code PaymentFigures}). */
record Revenue(Received thisMonth, Received lastMonth) {
}
