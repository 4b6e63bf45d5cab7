import type { ConceptDef } from './types.js';

/**
 * Service in the forces, the running of a small business and a few everyday things (issue 12, round 32): what a veteran
 * served in, where a shop gets its stock and how it takes payment, reunions, associations, travel discount cards,
 * loyalty schemes.
 */

/** Service in the armed forces ("which branch was she in?", "did he serve?", "where was he deployed?"). */
export const MILITARY: ConceptDef = {
  name: 'military',
  noun: 'military service',
  triggers: [
    'military',
    'the forces',
    'armed forces',
    'in the forces',
    'branch of the forces',
    'army',
    'navy',
    'air force',
    'raf',
    'marines',
    'royal navy',
    'royal marines',
    'regiment',
    'battalion',
    'squadron',
    'served in',
    'serve in',
    'did he serve',
    'did she serve',
    'did they serve',
    'service history',
    'service record',
    'military service',
    'in the services',
    'veteran',
    'ex-forces',
    'ex-military',
    'deployed',
    'deployment',
    'deployments',
    'tour of duty',
    'tours of duty',
    'enlisted',
    'enlist',
    'joined up',
    'discharged',
    'reservist',
    'reserves',
  ],
  keys: [
    'service_history',
    'military_service',
    'military',
    'military_history',
    'service_record',
    'service_branch',
    'branch',
    'regiment',
    'unit',
    'deployments',
    'veteran_status',
    'forces_background',
    'reservist',
    'reserves',
    'army_reserve',
  ],
};

/** Where a business gets its stock ("who's her wholesaler?", "where does she stock up on crisps?"). */
export const SUPPLIERS: ConceptDef = {
  name: 'suppliers',
  noun: 'suppliers',
  triggers: [
    'supplier',
    'suppliers',
    'wholesaler',
    'wholesalers',
    'wholesale',
    'cash and carry',
    'stock up',
    'stocks up',
    'stocking up',
    'get her stock',
    'get his stock',
    'gets her stock',
    'gets his stock',
    'buy her stock',
    'buy his stock',
    'source',
    'sources',
    'sourced',
  ],
  keys: ['suppliers', 'supplier', 'wholesaler', 'wholesalers', 'stockists', 'sourcing'],
  near: ['buyers'],
};

/** How a business takes payment ("can I pay by card?", "which card reader does the shop use?"). */
export const PAYMENTS: ConceptDef = {
  name: 'payments',
  noun: 'payment set-up',
  triggers: [
    'card reader',
    'card machine',
    'card terminal',
    'pay by card',
    'pay with card',
    'pay in cash',
    'pay cash',
    'in cash',
    'tap my card',
    'tap your card',
    'contactless',
    'take card',
    'takes card',
    'take cards',
    'takes cards',
    'card payments',
    'cash only',
  ],
  keys: [
    'payment_setup',
    'payment_methods',
    'payment_methods_accepted',
    'accepted_payments',
    'payments',
    'payment',
    'card_reader',
    'card_machine',
    'pos_system',
    'till',
  ],
};

/** Reunions of old comrades, classmates or crews ("when's his old ship's get-together?"). */
export const REUNION: ConceptDef = {
  name: 'reunion',
  noun: 'reunions',
  triggers: ['reunion', 'reunions', 'get-together', 'get together', 'get-togethers', 'old comrades', 'regimental dinner', 'old shipmates'],
  keys: ['reunion', 'reunions', 'regimental_association', 'association_events', 'old_comrades'],
  near: ['upcoming_events', 'upcoming_event', 'events'],
};

/** The user's part in an association, a co-op, a union or a committee ("does she hold any post in the co-op?"). */
export const ASSOCIATION: ConceptDef = {
  name: 'association',
  noun: 'associations',
  triggers: [
    'association',
    'associations',
    'co-op',
    'coop',
    'cooperative',
    'co-operative',
    'union',
    'trade union',
    'committee',
    'federation',
    'guild',
    'hold any post',
    'holds any post',
    'hold a post',
  ],
  keys: ['association', 'associations', 'union', 'trade_union', 'union_membership', 'committee', 'committees', 'cooperative', 'co_op', 'guild', 'affiliations'],
  near: ['volunteering', 'clubs'],
};

/** Cards and passes for cheaper travel ("what discount card does she use on the trains?", "has he got a bus pass?"). */
export const TRAVEL_CARD: ConceptDef = {
  name: 'travel_card',
  noun: 'travel discount card',
  triggers: ['discount card', 'railcard', 'rail card', 'bus pass', 'travel card', 'travelcard', 'concession card', 'senior card', 'freedom pass', 'oyster'],
  keys: ['railcard', 'rail_card', 'bus_pass', 'travel_card', 'travelcard', 'concession_card', 'concessions', 'travel_pass', 'transit_pass'],
};

/** Loyalty schemes and status ("does he have status with any airline loyalty programme?", "is she a Clubcard member?"). */
export const LOYALTY: ConceptDef = {
  name: 'loyalty',
  noun: 'loyalty schemes',
  triggers: [
    'loyalty',
    'loyalty programme',
    'loyalty program',
    'loyalty scheme',
    'loyalty card',
    'frequent flyer',
    'frequent flier',
    'air miles',
    'avios',
    'airline status',
    'elite status',
    'status with',
    'reward points',
    'rewards card',
    'clubcard',
    'nectar card',
  ],
  keys: [
    'frequent_flyer',
    'frequent_flyer_status',
    'frequent_flyer_programme',
    'frequent_flyer_program',
    'airline_status',
    'loyalty_programmes',
    'loyalty_programs',
    'loyalty_schemes',
    'loyalty_cards',
    'rewards',
  ],
  near: ['preferred_airline', 'preferred_airline_alliance', 'airline'],
};
