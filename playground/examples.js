/* One-click examples, one or more per tab of the billing portal the help article describes. */
(function (PG) {
  "use strict";

  function isoDate(d) {
    return d.toISOString().slice(0, 10);
  }

  function yearAgo() {
    var d = new Date();
    d.setUTCFullYear(d.getUTCFullYear() - 1);
    return isoDate(d);
  }

  /**
   * Each example: id, tab, title, query, variables() and optionally prepare: {query, variables(data)} that looks up
   * an id first (the latest order, a payment method that is not the default) so one click is enough.
   */
  var EXAMPLES = [
    {
      id: "orders",
      tab: "Orders",
      title: "Orders since a date, largest first",
      query:
        "# The Orders tab: orders since a date (or `on` for one day), largest first.\n" +
        "query Orders($from: Date, $to: Date, $first: Int = 20) {\n" +
        "  account {\n" +
        "    name\n" +
        "    orders(\n      first: $first\n      filter: { from: $from, to: $to }\n      sort: { field: AMOUNT, direction: DESC }\n    ) {\n" +
        "      totalCount\n" +
        "      pageInfo {\n        hasNextPage\n        endCursor\n      }\n" +
        "      nodes {\n        id\n        number\n        orderDate\n        status\n" +
        "        total {\n          formatted\n        }\n      }\n" +
        "    }\n  }\n}\n",
      variables: function () {
        return { from: yearAgo(), to: isoDate(new Date()) };
      },
    },
    {
      id: "order-details",
      tab: "Orders",
      title: "Order details",
      query:
        "# Clicking into an order: line items, invoice, payment method, who placed it.\n" +
        "query OrderDetails($id: ID!) {\n" +
        "  account {\n" +
        "    order(id: $id) {\n" +
        "      number\n      orderDate\n      status\n" +
        "      total {\n        formatted\n      }\n" +
        "      lineItems {\n        description\n        quantity\n" +
        "        unitPrice {\n          formatted\n        }\n" +
        "        total {\n          formatted\n        }\n" +
        "        product {\n          sku\n          name\n          kind\n        }\n      }\n" +
        "      invoice {\n        number\n        status\n        downloadUrl\n      }\n" +
        "      paymentMethod {\n        brand\n        last4\n      }\n" +
        "      placedBy {\n        name\n        email\n      }\n" +
        "    }\n  }\n}\n",
      prepare: {
        query: "query LatestOrder { account { orders(first: 1) { nodes { id } } } }",
        variables: function (data) {
          var nodes = data && data.account && data.account.orders && data.account.orders.nodes;
          return { id: nodes && nodes[0] ? nodes[0].id : "paste-an-order-id" };
        },
      },
    },
    {
      id: "account",
      tab: "Account",
      title: "Account details",
      query:
        "query AccountDetails {\n" +
        "  account {\n" +
        "    id\n    name\n    phone\n    email\n" +
        "    billingAddress {\n      line1\n      line2\n      city\n      region\n      postalCode\n      country\n    }\n" +
        "    billingAdmins {\n      name\n      email\n    }\n" +
        "    customerSuccessManager {\n      name\n      email\n    }\n" +
        "  }\n}\n",
    },
    {
      id: "update-phone",
      tab: "Account",
      title: "Update the phone number",
      query:
        "# A wrong format comes back in userErrors, never silently ignored.\n" +
        "mutation UpdatePhone($phone: String!) {\n" +
        "  updateAccount(input: { phone: $phone }) {\n" +
        "    account {\n      phone\n    }\n" +
        "    userErrors {\n      field\n      message\n      code\n    }\n" +
        "  }\n}\n",
      variables: function () {
        return { phone: "555-444-3333" };
      },
    },
    {
      id: "payment-methods",
      tab: "Account",
      title: "Payment methods",
      query:
        "query PaymentMethods {\n" +
        "  account {\n" +
        "    paymentMethods {\n      id\n      kind\n      brand\n      last4\n      expMonth\n      expYear\n" +
        "      holderName\n      isDefault\n      isOneTime\n    }\n" +
        "  }\n}\n",
    },
    {
      id: "add-card",
      tab: "Account",
      title: "Add a card",
      query:
        "# The number is checked (Luhn, brand) and never stored: only brand and last 4 are kept.\n" +
        "mutation AddCard($card: CardInput!, $isDefault: Boolean = false, $isOneTime: Boolean = false) {\n" +
        "  addPaymentMethod(input: { card: $card, isDefault: $isDefault, isOneTime: $isOneTime }) {\n" +
        "    paymentMethod {\n      id\n      brand\n      last4\n      isDefault\n      isOneTime\n    }\n" +
        "    userErrors {\n      field\n      message\n      code\n    }\n" +
        "  }\n}\n",
      variables: function () {
        return {
          card: { number: "4242424242424242", expMonth: 12, expYear: new Date().getUTCFullYear() + 3, holderName: "Ada Lovelace" },
          isDefault: false,
          isOneTime: false,
        };
      },
    },
    {
      id: "set-default",
      tab: "Account",
      title: "Set the default payment method",
      query:
        "mutation SetDefault($id: ID!) {\n" +
        "  setDefaultPaymentMethod(id: $id) {\n" +
        "    paymentMethod {\n      id\n      brand\n      last4\n      isDefault\n    }\n" +
        "    userErrors {\n      field\n      message\n      code\n    }\n" +
        "  }\n}\n",
      prepare: {
        query: "query PaymentMethodIds { account { paymentMethods { id isDefault isOneTime } } }",
        variables: function (data) {
          var methods = (data && data.account && data.account.paymentMethods) || [];
          var pick = methods.filter(function (m) { return !m.isDefault && !m.isOneTime; })[0] || methods[0];
          return { id: pick ? pick.id : "paste-a-payment-method-id" };
        },
      },
    },
    {
      id: "purchased-products",
      tab: "Purchased Products",
      title: "Purchased products and dialer minutes",
      query:
        "query PurchasedProducts {\n" +
        "  account {\n" +
        "    purchasedProducts {\n      id\n      quantity\n      startsOn\n      endsOn\n      status\n" +
        "      product {\n        sku\n        name\n        kind\n      }\n    }\n" +
        "    dialerMinutes {\n      balanceMinutes\n" +
        "      credits(first: 5) {\n        minutes\n        creditedAt\n      }\n    }\n" +
        "  }\n}\n",
    },
    {
      id: "add-minutes",
      tab: "Purchased Products",
      title: "Add dialer-minute credit",
      query:
        "# Paid with the default payment method unless paymentMethodId is given.\n" +
        "# A retry with the same idempotency key changes nothing.\n" +
        "mutation AddMinutes($minutes: Int!, $key: String) {\n" +
        "  addDialerMinutesCredit(input: { minutes: $minutes, idempotencyKey: $key }) {\n" +
        "    dialerMinutes {\n      balanceMinutes\n    }\n" +
        "    order {\n      number\n      total {\n        formatted\n      }\n    }\n" +
        "    userErrors {\n      field\n      message\n      code\n    }\n" +
        "  }\n}\n",
      variables: function () {
        return { minutes: 1000, key: "playground-" + Date.now().toString(36) };
      },
    },
    {
      id: "invoices",
      tab: "Invoices",
      title: "Invoices by amount, with downloads",
      query:
        "# Historical invoices carry no PDF: their downloadUrl is null.\n" +
        "query Invoices($first: Int = 20) {\n" +
        "  account {\n" +
        "    invoices(\n      first: $first\n      sort: { field: AMOUNT, direction: DESC }\n    ) {\n" +
        "      totalCount\n" +
        "      nodes {\n        id\n        number\n        issuedOn\n        dueOn\n        status\n" +
        "        total {\n          formatted\n        }\n" +
        "        amountDue {\n          formatted\n        }\n" +
        "        isHistorical\n        downloadUrl\n      }\n" +
        "    }\n  }\n}\n",
    },
    {
      id: "who-is-admin",
      tab: "Anyone",
      title: "Who are my Billing Admins?",
      query:
        "# Every member may ask this, Billing Admin or not.\n" +
        "query WhoIsMyBillingAdmin {\n" +
        "  viewer {\n    name\n    role\n    canAccessBillingPortal\n  }\n" +
        "  account {\n    billingAdmins {\n      name\n      email\n    }\n" +
        "    customerSuccessManager {\n      name\n      email\n    }\n  }\n}\n",
    },
    {
      id: "staff-accounts",
      tab: "Staff",
      title: "Accounts I can see",
      query:
        "# Customer Success sees the accounts it manages, Support every account. Staff name an account by id.\n" +
        "query Accounts($search: String, $first: Int = 20) {\n" +
        "  accounts(first: $first, search: $search) {\n" +
        "    totalCount\n" +
        "    nodes {\n      id\n      name\n      phone\n" +
        "      billingAdmins {\n        name\n        email\n      }\n" +
        "      customerSuccessManager {\n        name\n      }\n    }\n" +
        "  }\n}\n",
    },
    {
      id: "staff-account",
      tab: "Staff",
      title: "One account's orders and open invoices",
      query:
        "# Staff give the account's id; the first account you can see is filled in.\n" +
        "query AccountForStaff($id: ID!) {\n" +
        "  account(id: $id) {\n" +
        "    name\n" +
        "    orders(first: 10, sort: { field: ORDER_DATE, direction: DESC }) {\n" +
        "      totalCount\n" +
        "      nodes {\n        number\n        orderDate\n        status\n" +
        "        total {\n          formatted\n        }\n      }\n    }\n" +
        "    invoices(first: 10, filter: { status: OPEN }) {\n" +
        "      nodes {\n        number\n        dueOn\n" +
        "        amountDue {\n          formatted\n        }\n      }\n    }\n" +
        "  }\n}\n",
      prepare: {
        query: "query FirstAccount { accounts(first: 1) { nodes { id } } }",
        variables: function (data) {
          var nodes = data && data.accounts && data.accounts.nodes;
          return { id: nodes && nodes[0] ? nodes[0].id : "paste-an-account-id" };
        },
      },
    },
  ];

  PG.examples = EXAMPLES;
})((window.PG = window.PG || {}));
