// Go's strconv.Quote lives with the JSON reader; value rules quote the same way.
export { goQuote } from '../../../jsonfile/go-quote.js';
