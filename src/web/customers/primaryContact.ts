import type { TContact } from '../../domain/contact';
import type { TCustomer } from '../../domain/customer';

export function primaryContact(customer: Pick<TCustomer, 'contacts'>): TContact | undefined {
  return customer.contacts.find((c) => c.isPrimary) ?? customer.contacts[0];
}
