import { Link } from 'react-router';
import { homePath } from '../../navigation/paths';

/** The way out of a page that found nothing. */
export function AllPapersLink() {
  return (
    <p className="mt-6">
      <Link
        to={homePath()}
        className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
      >
        전체 논문 보기
      </Link>
    </p>
  );
}
