/**
 * Service guides (办事指南): what a service is, who may apply, materials, steps, time limit, fees,
 * where and when, legal basis, forms and FAQ, per department and life event; drafted by the
 * department's editors and published only after its approver signs off.
 */
package org.minsheng.guide;
